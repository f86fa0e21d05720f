/**
 * The add-on's public surface: every export becomes a top-level function of dist/Code.js (build.mjs generates
 * the stubs), callable by Apps Script as a menu handler, a trigger or a google.script.run endpoint.
 * Re-exports only; functions whose names end with `_` would be private to google.script.run.
 */
export { getAboutInfo, showAbout } from './gas/about';
export { onInstall, onOpen } from './gas/menu';
export { checkData, setupWorkbook, withdrawConsentFromMenu } from './gas/registry-menu';
export {
  addMentee,
  addMentor,
  createMentorship,
  listMentees,
  listMentors,
  listMentorships,
  listPlanEvents,
  listProgrammes,
  saveProgramme,
  savePlanEvents,
  updateMentee,
  updateMentor,
  updateMentorship,
  withdrawConsent,
} from './gas/registry-endpoints';
export {
  loadMentorshipSidebar,
  loadProgrammeSidebar,
  saveProgrammePlan,
} from './gas/mentorship-sidebar-endpoints';
export { showMenteeSidebar, showMentorSidebar, showMentorshipSidebar } from './gas/sidebars';
export { loadMenteeSidebar, loadMentorSidebar } from './gas/person-sidebar-endpoints';
export {
  acceptProposals,
  loadMatchSidebar,
  proposeCohort,
  rankMentorsForMentee,
} from './gas/matching-endpoints';
export { showCohortSidebar, showMatchSidebar } from './gas/matching-sidebars';
