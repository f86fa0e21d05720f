import '../../common/base.css';
import '../../common/kit.css';
import { serverFunctions } from '../../common/server';
import { menteeGroup } from '../person/person-fields';
import { startPersonSidebar } from '../person/person-form';

startPersonSidebar({
  accusative: 'наставляемого',
  nominative: 'наставляемый',
  noun: 'Наставляемый',
  group: menteeGroup,
  load: () => serverFunctions.loadMenteeSidebar(),
  add: (input) => serverFunctions.addMentee(input),
  update: (input) => serverFunctions.updateMentee(input),
  summary: (p) =>
    Array.isArray(p.mentorshipIds) && p.mentorshipIds.length > 0
      ? `В паре или группе: ${p.mentorshipIds.join(', ')}.`
      : 'Пока не в паре и не в группе.',
});
