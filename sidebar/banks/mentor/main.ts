import '../../common/base.css';
import '../../common/kit.css';
import { serverFunctions } from '../../common/server';
import { mentorGroup } from '../person/person-fields';
import { startPersonSidebar } from '../person/person-form';

startPersonSidebar({
  accusative: 'наставника',
  nominative: 'наставник',
  noun: 'Наставник',
  group: mentorGroup,
  load: () => serverFunctions.loadMentorSidebar(),
  add: (input, operationId) => serverFunctions.addMentor(input, operationId),
  update: (input, operationId) => serverFunctions.updateMentor(input, operationId),
  summary: (p) =>
    typeof p.capacityLeft === 'number'
      ? `Наставляемых сейчас: ${String(p.menteesInWork)}, свободно мест: ${p.capacityLeft}.`
      : '',
});
