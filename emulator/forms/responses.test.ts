import { questionnaire } from './test-kit';

describe('item responses (§5.2)', () => {
  it('rejects a choice that is not offered', () => {
    const { format } = questionnaire();
    expect(() => format.createResponse('Заочно')).toThrow(
      'Invalid response submitted to item "Формат": "Заочно"',
    );
  });

  it('accepts any choice once "other" is shown', () => {
    const { format } = questionnaire();
    format.showOtherOption(true);
    expect(format.createResponse('Заочно').getResponse()).toBe('Заочно');
  });

  it('rejects a checkbox answer with a choice that is not offered', () => {
    const { topics } = questionnaire();
    expect(() => topics.createResponse(['Методика', 'Спорт'])).toThrow(
      'Invalid response submitted to item "Темы"',
    );
  });

  it('rejects a scale value out of bounds and reads an accepted one back as text', () => {
    const { score } = questionnaire();
    expect(() => score.createResponse(6)).toThrow('Invalid response submitted to item "Оценка": 6');
    expect(score.createResponse(5).getResponse()).toBe('5');
  });

  it('takes exactly one grid value per row, null only on a non-required grid', () => {
    const { grid } = questionnaire();
    expect(() => grid.createResponse(['Да'])).toThrow('Invalid response submitted to item "Встречи"');
    expect(grid.createResponse(['Да', null as unknown as string]).getResponse()).toEqual(['Да', null]);
    grid.setRequired(true);
    expect(() => grid.createResponse(['Да', null as unknown as string])).toThrow(
      'Invalid response submitted',
    );
  });

  it('reads a date answer back as YYYY-MM-DD in the script time zone', () => {
    const { form } = questionnaire();
    const date = form.addDateItem().setTitle('Дата');
    expect(date.createResponse(new Date(Date.UTC(2025, 8, 30, 22, 30))).getResponse()).toBe('2025-10-01');
  });
});

describe('more item responses (§5.2)', () => {
  it('takes a list of columns or null per checkbox-grid row', () => {
    const { form } = questionnaire();
    const grid = form
      .addCheckboxGridItem()
      .setTitle('Роли')
      .setRows(['Анна', 'Олег'])
      .setColumns(['Наставник', 'Куратор']);
    expect(
      grid.createResponse([['Наставник', 'Куратор'], null as unknown as string[]]).getResponse(),
    ).toEqual([['Наставник', 'Куратор'], null]);
    expect(() => grid.createResponse([['Директор'], []])).toThrow(
      'Invalid response submitted to item "Роли"',
    );
  });

  it('allows no "other" on a list item', () => {
    const { form } = questionnaire();
    const list = form.addListItem().setTitle('Должность').setChoiceValues(['Воспитатель']);
    expect(() => list.createResponse('Логопед')).toThrow(
      'Invalid response submitted to item "Должность": "Логопед"',
    );
  });
});

describe('form responses (§5.2, §8.11)', () => {
  it('has no id and no edit URL before submit', () => {
    const { form } = questionnaire();
    const response = form.createResponse();
    expect([response.getId(), response.getEditResponseUrl(), response.getTimestamp()]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('keeps only the last item response per item', () => {
    const { form, format } = questionnaire();
    const response = form
      .createResponse()
      .withItemResponse(format.createResponse('Очно'))
      .withItemResponse(format.createResponse('Онлайн'));
    const answers = response.getItemResponses().filter((r) => r.getItem().getId() === format.getId());
    expect(answers.map((r) => r.getResponse())).toEqual(['Онлайн']);
  });

  it('lists answers in form order, with "" for an unanswered text item and nothing for other unanswered items', () => {
    const { form, score, format } = questionnaire();
    const response = form
      .createResponse()
      .withItemResponse(score.createResponse(4))
      .withItemResponse(format.createResponse('Очно'));
    expect(response.getItemResponses().map((r) => [r.getItem().getTitle(), r.getResponse()])).toEqual([
      ['ФИО', ''],
      ['Формат', 'Очно'],
      ['Оценка', '4'],
    ]);
  });

  it('gets an id and the submit time on submit, and is stored with the form', () => {
    const { ws, form, name } = questionnaire();
    const response = form.createResponse().withItemResponse(name.createResponse('Иванова')).submit();
    expect(response.getId()).toMatch(/^2_ABaOnu/);
    expect(response.getTimestamp()).toEqual(new Date(ws.rt.now));
    expect(form.getResponse(response.getId()).getItemResponses()[0].getResponse()).toBe('Иванова');
    expect(form.getResponses()).toHaveLength(1);
  });

  it('lists only responses submitted at or after a given time', () => {
    const { ws, form } = questionnaire();
    form.createResponse().submit();
    ws.rt.advance(3600_000);
    const later = form.createResponse().submit();
    expect(form.getResponses(new Date(ws.rt.now)).map((r) => r.getId())).toEqual([later.getId()]);
  });

  it('throws when submitted twice', () => {
    const { form } = questionnaire();
    const response = form.createResponse().submit();
    expect(() => response.submit()).toThrow('This response has already been submitted.');
  });

  it('cannot take item responses after submit', () => {
    const { form, name } = questionnaire();
    const response = form.createResponse().submit();
    expect(() => response.withItemResponse(name.createResponse('x'))).toThrow(
      'Item responses can only be added to a response that has not been submitted.',
    );
  });

  it('builds a pre-filled URL with entry.<itemId> and spaces as +', () => {
    const { ws, form, name, topics } = questionnaire();
    const url = form
      .createResponse()
      .withItemResponse(name.createResponse('Анна Иванова'))
      .withItemResponse(topics.createResponse(['Методика', 'Документы']))
      .toPrefilledUrl();
    const publishedId = ws.forms.form(form.getId())?.publishedId;
    expect(url).toBe(
      `https://docs.google.com/forms/d/e/${publishedId}/viewform?usp=pp_url` +
        `&entry.${name.getId()}=%D0%90%D0%BD%D0%BD%D0%B0+%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2%D0%B0` +
        `&entry.${topics.getId()}=%D0%9C%D0%B5%D1%82%D0%BE%D0%B4%D0%B8%D0%BA%D0%B0` +
        `&entry.${topics.getId()}=%D0%94%D0%BE%D0%BA%D1%83%D0%BC%D0%B5%D0%BD%D1%82%D1%8B`,
    );
  });

  it('gives the respondent email only when the form collects it', () => {
    const { ws, form } = questionnaire();
    const id = ws.forms.submitAsRespondent(form.getId(), {}, { email: 'mentor@school.example' });
    expect(form.getResponse(id).getRespondentEmail()).toBe('');
    form.setCollectEmail(true);
    expect(form.getResponse(id).getRespondentEmail()).toBe('mentor@school.example');
  });

  it('empties the form store with deleteAllResponses', () => {
    const { form } = questionnaire();
    form.createResponse().submit();
    form.deleteAllResponses();
    expect(form.getResponses()).toEqual([]);
  });
});
