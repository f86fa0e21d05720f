/**
 * The add-on's public surface: every export becomes a top-level function of dist/Code.js (build.mjs generates
 * the stubs), callable by Apps Script as a menu handler, a trigger or a google.script.run endpoint. Re-exports
 * only, and only what the menu, the sidebars and the triggers call: one module for the menu, one per sidebar.
 */
export {
  checkData,
  onInstall,
  onOpen,
  setupWorkbook,
  showAbout,
  showAttentionSidebar,
  showCohortSidebar,
  showMatchSidebar,
  showMenteeSidebar,
  showMentorshipSidebar,
  showMentorSidebar,
  showOrderSidebar,
  showQuestionnaireSidebar,
  showTrainingSidebar,
  withdrawConsent,
} from './gas/menu';
export { loadAboutSidebar } from './gas/about/about-sidebar';
export { addMentor, loadMentorSidebar, updateMentor } from './gas/banks/mentor-sidebar';
export { addMentee, loadMenteeSidebar, updateMentee } from './gas/banks/mentee-sidebar';
export {
  createMentorship,
  loadMentorshipSidebar,
  loadProgrammeSidebar,
  saveProgrammePlan,
  updateMentorship,
} from './gas/mentorships/mentorship-sidebar';
export { loadMatchSidebar, rankMentorsForMentee } from './gas/matching/match-sidebar';
export { acceptProposals, proposeCohort } from './gas/matching/cohort-sidebar';
export {
  continueProgrammeDocuments,
  createOrder,
  loadOrderSidebar,
  previewOrder,
  saveNameCorrection,
  setOrderStatus,
  startProgrammeDocuments,
} from './gas/documents/order-sidebar';
export { addTrainingRecord, loadTrainingSidebar } from './gas/report/training-sidebar';
export {
  goToAttentionRow,
  loadAttentionSidebar,
  markRoadmapItemDone,
  sendAttentionDigest,
  setAttentionDigest,
} from './gas/attention/attention-sidebar';
export {
  continueQuestionnaireMailing,
  createQuestionnaire,
  decideCandidate,
  loadCandidates,
  loadQuestionnaireAnalysis,
  loadQuestionnaireLinks,
  loadQuestionnaireSidebar,
  onQuestionnaireSubmit,
  refreshQuestionnaireResults,
  startQuestionnaireMailing,
} from './gas/questionnaires/questionnaire-sidebar';
export { buildAnnualReport } from './gas/report/report-menu';
