import { questionnaire } from './test-kit';

describe('a person submitting the form (emulator API)', () => {
  it('takes answers by item id as well as by title, and a date as YYYY-MM-DD', () => {
    const { ws, form, score } = questionnaire();
    const date = form.addDateItem().setTitle('Дата');
    const id = ws.forms.submitAsRespondent(form.getId(), {
      [String(score.getId())]: '4',
      Дата: '2025-09-15',
    });
    const answers = form.getResponse(id).getItemResponses();
    expect(answers.map((r) => [r.getItem().getId(), r.getResponse()])).toEqual([
      [form.getItems()[0].getId(), ''],
      [score.getId(), '4'],
      [date.getId(), '2025-09-15'],
    ]);
  });

  it('submits from a pre-filled link, keeping its answers and taking the rest', () => {
    const { ws, form, name, topics, grid } = questionnaire();
    const url = form
      .createResponse()
      .withItemResponse(name.createResponse('токен 7f3a'))
      .withItemResponse(topics.createResponse(['Методика', 'Документы']))
      .withItemResponse(grid.createResponse(['Да', 'Нет']))
      .toPrefilledUrl();
    const id = ws.forms.submitPrefilled(url, { Оценка: 5 });
    expect(
      form
        .getResponse(id)
        .getItemResponses()
        .map((r) => r.getResponse()),
    ).toEqual(['токен 7f3a', '5', ['Методика', 'Документы'], ['Да', 'Нет']]);
  });

  it('submits from a shortened pre-filled link', () => {
    const { ws, form, name } = questionnaire();
    const long = form.createResponse().withItemResponse(name.createResponse('токен')).toPrefilledUrl();
    const short = form.shortenFormUrl(long);
    expect(short).toMatch(/^https:\/\/forms\.gle\/[-\w]{17}$/);
    expect(form.shortenFormUrl(long)).toBe(short);
    const id = ws.forms.submitPrefilled(short);
    expect(form.getResponse(id).getItemResponses()[0].getResponse()).toBe('токен');
  });

  it('lets a later answer to the same question win', () => {
    const { ws, form, name } = questionnaire();
    const id = ws.forms.submitAsRespondent(form.getId(), { [String(name.getId())]: 'А', ФИО: 'Б' });
    expect(form.getResponse(id).getItemResponses()[0].getResponse()).toBe('Б');
  });

  it('refuses a question the form does not have', () => {
    const { ws, form } = questionnaire();
    expect(() => ws.forms.submitAsRespondent(form.getId(), { Стаж: 5 })).toThrow(
      `emulator: form ${form.getId()} has no question "Стаж"`,
    );
  });

  it('counts an empty checkbox list as no answer to a required question', () => {
    const { ws, form, topics } = questionnaire();
    topics.setRequired(true);
    expect(() => ws.forms.submitAsRespondent(form.getId(), { Темы: [] })).toThrow(
      'emulator: required question "Темы" is not answered',
    );
  });

  it('needs an email when the form collects emails', () => {
    const { ws, form } = questionnaire();
    form.setCollectEmail(true);
    expect(() => ws.forms.submitAsRespondent(form.getId(), {})).toThrow('collects emails; pass { email }');
  });

  it('refuses a second response from the same person when the form takes one per person', () => {
    const { ws, form } = questionnaire();
    form.setLimitOneResponsePerUser(true);
    ws.forms.submitAsRespondent(form.getId(), {}, { email: 'a@school.example' });
    expect(() => ws.forms.submitAsRespondent(form.getId(), {}, { email: 'a@school.example' })).toThrow(
      'has already answered',
    );
  });

  it('refuses answers once the form stops accepting responses', () => {
    const { ws, form } = questionnaire();
    form.setAcceptingResponses(false);
    expect(() => ws.forms.submitAsRespondent(form.getId(), {})).toThrow('is not accepting responses');
  });
});
