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
  add: (input, operationId) => serverFunctions.addMentee(input, operationId),
  update: (input, operationId) => serverFunctions.updateMentee(input, operationId),
  summary: (p) =>
    Array.isArray(p.mentorshipIds) && p.mentorshipIds.length > 0
      ? `В паре или группе: ${p.mentorshipIds.join(', ')}.`
      : 'Пока не в паре и не в группе.',
});
