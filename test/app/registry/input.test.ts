import { mergePatch, splitCleared } from '../../../src/app/banks/bank';
import { parseInput, requireFilled, requiringFilled } from '../../../src/app/registry/input';
import { MentorSchema } from '../../../src/domain/registry/entities/people';
import { MENTORS_TABLE } from '../../../src/domain/registry/tables';
import { isUserError } from '../../../src/domain/user-error';

describe('sidebar input', () => {
  it('names each wrong field by its column header, in Russian', () => {
    let thrown: unknown;
    try {
      parseInput(
        requiringFilled(MentorSchema, MENTORS_TABLE),
        { id: 'НК-0001', surname: 'Иванова', experienceYears: 'десять', qualification: 'x' },
        MENTORS_TABLE,
      );
    } catch (error) {
      thrown = error;
    }
    expect(isUserError(thrown)).toBe(true);
    const message = (thrown as Error).message;
    expect(message).toContain('«Стаж (лет)»: значение неподходящего вида');
    expect(message).toContain('«Квалификационная категория»: такого значения нет в списке');
    expect(message).toContain('«Имя»: не заполнено');
    expect(message).not.toMatch(/[a-z]{4,}/i);
  });

  it('refuses a required column left blank', () => {
    expect(() =>
      requireFilled(MENTORS_TABLE, { surname: ' ', firstName: 'Анна', position: 'воспитатель' }),
    ).toThrow('Заполните обязательные поля: «Фамилия»');
  });

  it('asks an anonymised row for nothing consent withdrawal emptied, as «Проверить данные» does', () => {
    const anonymised = { surname: 'Удалено по отзыву согласия', position: 'воспитатель' };
    expect(() => requireFilled(MENTORS_TABLE, anonymised)).not.toThrow();
    expect(() => requireFilled(MENTORS_TABLE, { ...anonymised, surname: 'Иванова' })).toThrow(
      'Заполните обязательные поля: «Имя».',
    );
  });

  it('reads null as «clear this field» and applies a patch without it', () => {
    const { patch, cleared } = splitCleared({ id: 'НК-0001', phone: null, position: 'методист' });
    expect(patch).toEqual({ id: 'НК-0001', position: 'методист' });
    expect(cleared).toEqual(['phone']);
    expect(
      mergePatch({ id: 'НК-0001', phone: '+7', position: 'воспитатель' }, patch as object, cleared),
    ).toEqual({
      id: 'НК-0001',
      position: 'методист',
    });
  });
});
