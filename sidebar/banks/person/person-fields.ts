/**
 * The fields of a bank's form, labelled exactly as the sheet's column headers («Наставники», «Наставляемые»); the
 * lists they offer come from the server with the bank (`choices`).
 */
import type { PersonChoices } from '../../../src/app/banks/bank';
import type { MenteeChoices } from '../../../src/app/banks/mentees';
import type { MentorChoices } from '../../../src/app/banks/mentors';
import {
  checkboxGroup,
  checkField,
  dateField,
  numberField,
  selectField,
  textareaField,
  textField,
  type Field,
} from '../../common/fields';
import { todayIso } from '../../common/dom';

/** A form field with the entity key it reads and writes. */
export type KeyedFields = Record<string, Field<unknown>>;

/** A titled group of fields (a fieldset). */
export interface FieldGroup {
  readonly title: string;
  readonly fields: KeyedFields;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Who the person is and where they work: both banks. */
export function personGroups(choices: PersonChoices): FieldGroup[] {
  return [
    {
      title: 'Кто это',
      fields: {
        surname: textField({ name: 'surname', label: 'Фамилия', required: true }),
        firstName: textField({ name: 'firstName', label: 'Имя', required: true }),
        patronymic: textField({ name: 'patronymic', label: 'Отчество' }),
        email: textField({
          name: 'email',
          label: 'Эл. почта',
          type: 'email',
          check: (v) => (EMAIL.test(v) ? '' : 'Адрес вида ivanova@example.ru'),
        }),
        phone: textField({ name: 'phone', label: 'Телефон', type: 'tel', placeholder: '+7 900 123-45-67' }),
      },
    },
    {
      title: 'Работа',
      fields: {
        position: textField({ name: 'position', label: 'Должность', required: true }),
        specialisation: textField({ name: 'specialisation', label: 'Предмет / специализация' }),
        workplace: textField({
          name: 'workplace',
          label: 'Место работы',
          hint: 'Если не в нашей организации',
        }),
        experienceYears: numberField({ name: 'experienceYears', label: 'Стаж (лет)', min: 0 }),
        qualification: selectField({
          name: 'qualification',
          label: 'Квалификационная категория',
          options: choices.qualifications,
          empty: '—',
        }),
      },
    },
  ];
}

/** What a mentor brings: competencies by direction and in their own words, time and places. */
export function mentorGroup(choices: MentorChoices): FieldGroup {
  return {
    title: 'Наставничество',
    fields: {
      competencies: checkboxGroup({
        name: 'competencies',
        label: 'Компетенции (направления)',
        options: choices.directions,
      }),
      competenciesText: textareaField({ name: 'competenciesText', label: 'Компетенции (подробно)' }),
      achievements: textareaField({ name: 'achievements', label: 'Достижения', rows: 2 }),
      interests: textareaField({ name: 'interests', label: 'Интересы', rows: 2 }),
      desiredMentees: textareaField({ name: 'desiredMentees', label: 'Кого готов наставлять', rows: 2 }),
      timeResource: selectField({
        name: 'timeResource',
        label: 'Время на наставничество',
        options: choices.timeResources,
        empty: '—',
      }),
      capacity: numberField({
        name: 'capacity',
        label: 'Наставляемых одновременно (не более)',
        hint: 'Если пусто, считается 3',
        min: 0,
        integer: true,
      }),
      menteeId: textField({
        name: 'menteeId',
        label: 'Также наставляемый (ID)',
        placeholder: 'НЯ-0003',
        check: (v) => (/^НЯ-\d{4,}$/.test(v) ? '' : 'ID вида НЯ-0001'),
      }),
    },
  };
}

/** What a mentee asks for: category, requests by direction, difficulties in their own words. */
export function menteeGroup(choices: MenteeChoices): FieldGroup {
  return {
    title: 'Запрос',
    fields: {
      menteeCategory: selectField({
        name: 'menteeCategory',
        label: 'Категория наставляемого',
        options: choices.menteeCategories,
        empty: '— выберите —',
        required: true,
      }),
      requests: checkboxGroup({
        name: 'requests',
        label: 'Запросы (направления)',
        options: choices.directions,
      }),
      difficulties: textareaField({ name: 'difficulties', label: 'Профессиональные затруднения' }),
    },
  };
}

/** Since when, whether active, and consent to personal-data processing (152-ФЗ) with its date. */
export function bankGroup(): FieldGroup {
  const consent = checkField({ name: 'consent', label: 'Согласие на обработку ПДн' });
  const consentDate = dateField({ name: 'consentDate', label: 'Дата согласия' });
  const box = consent.root.querySelector('input') as HTMLInputElement;
  box.addEventListener('change', () => {
    // The date the consent was signed is usually today, when the curator ticks it.
    if (box.checked && !consentDate.get()) consentDate.set(todayIso());
  });
  return {
    title: 'В банке',
    fields: {
      enteredOn: dateField({ name: 'enteredOn', label: 'Дата включения в банк' }),
      active: checkField({ name: 'active', label: 'Активен в банке' }),
      consent,
      consentDate,
      note: textareaField({ name: 'note', label: 'Примечание', rows: 2 }),
    },
  };
}
