import type { PersonRef } from './person-fields';

/**
 * The data each kind of document is made from, typed: the use case gathers it from the registry (people with
 * consent only) and the fields of the kind (kinds.ts) turn it into what a template may name. Dates are ISO.
 */

/** The organisation as «Настройки» names it. */
export interface Organisation {
  readonly fullName: string;
  readonly shortName: string;
}

/** An order of the journal referred to by date and number (the one that approved the Положение). */
export interface OrderRef {
  readonly date: string;
  readonly number: string;
}

/** What every order carries: who issues it, when, under which number, who signs, who is the curator. */
export interface OrderHeader {
  readonly organisation: Organisation;
  /** «Место издания приказов», when the organisation's name does not make it clear. */
  readonly place?: string;
  readonly date: string;
  readonly number: string;
  /** The head who signs: name and position («Заведующий»). */
  readonly head: PersonRef;
  readonly curator: PersonRef;
  /** «2025/2026». */
  readonly academicYear: string;
  /** The order that approved the Положение, when the journal has it. */
  readonly regulationOrder?: OrderRef;
  /** «Основание: заявление …», when the curator gives one. */
  readonly basis?: string;
}

/** A pair or group as documents show it; a group has several mentees. */
export interface MentorshipEntry {
  readonly mentor: PersonRef;
  readonly mentees: readonly PersonRef[];
  readonly form: string;
  readonly kinds: readonly string[];
  readonly start?: string;
  readonly end?: string;
  readonly programmeTitle?: string;
}

/** A pair whose programme is extended to a new end. */
export interface ExtendedEntry extends MentorshipEntry {
  readonly extendedUntil: string;
}

/** A pair whose programme changes (its plan, form or kind), in the curator's words. */
export interface ChangedEntry extends MentorshipEntry {
  readonly change: string;
}

/** A pair whose programme ends early: when, and why (a reason of the Положение, §7.1). */
export interface EndedEntry extends MentorshipEntry {
  readonly endedOn: string;
  readonly reason: string;
}

/** An item of «Дорожная карта». */
export interface RoadmapEntry {
  readonly number?: string;
  readonly stage: string;
  readonly content: string;
  readonly months?: string;
  readonly responsible?: string;
  readonly expectedResult?: string;
}

/** A person thanked, and for what when the curator says. */
export interface ThankedEntry {
  readonly person: PersonRef;
  readonly merit?: string;
}

/** The data of each order kind. */
export interface OrderContexts {
  readonly 'approve-regulation': OrderHeader & { readonly roadmap: readonly RoadmapEntry[] };
  readonly 'appoint-curator': OrderHeader;
  readonly 'assign-mentorships': OrderHeader & {
    readonly mentorships: readonly MentorshipEntry[];
    /** By when the programmes are due to the curator. */
    readonly programmesDue?: string;
  };
  readonly 'approve-programmes': OrderHeader & { readonly mentorships: readonly MentorshipEntry[] };
  readonly 'extend-programmes': OrderHeader & { readonly mentorships: readonly ExtendedEntry[] };
  readonly 'change-programmes': OrderHeader & { readonly mentorships: readonly ChangedEntry[] };
  readonly 'end-early': OrderHeader & { readonly mentorships: readonly EndedEntry[] };
  readonly 'final-event': OrderHeader & {
    readonly event: { readonly title: string; readonly date: string; readonly venue?: string };
    readonly responsible: PersonRef;
    readonly mentorships: readonly MentorshipEntry[];
  };
  readonly thanks: OrderHeader & { readonly people: readonly ThankedEntry[] };
}

/** An event of a programme's plan. */
export interface PlanEntry {
  readonly direction: string;
  readonly event: string;
  readonly form?: string;
  readonly deadline?: string;
  readonly expectedResult?: string;
  readonly reportingForm?: string;
  readonly done: boolean;
  readonly doneDate?: string;
}

/** A personalised programme as a document (seed 002's template). */
export interface ProgrammeContext {
  readonly organisation: Organisation;
  readonly curator: PersonRef;
  readonly mentorship: MentorshipEntry;
  /** The order that approved it, once there is one. */
  readonly approvalOrder?: OrderRef;
  readonly programme: {
    readonly title?: string;
    readonly problem?: string;
    readonly goals?: string;
    readonly tasks?: string;
    readonly content?: string;
    readonly mode?: string;
    readonly schedule?: string;
    readonly intermediateResults?: string;
    readonly plannedResults?: string;
    readonly conditions?: string;
    readonly start: string;
    readonly end: string;
    readonly extendedUntil?: string;
  };
  readonly events: readonly PlanEntry[];
}

/** The participants' written agreement to take part in a programme. */
export interface AgreementContext {
  readonly organisation: Organisation;
  readonly place?: string;
  readonly date: string;
  readonly head: PersonRef;
  readonly curator: PersonRef;
  readonly mentorship: MentorshipEntry;
}

/** The data of every kind of document. */
export interface DocumentContexts extends OrderContexts {
  readonly programme: ProgrammeContext;
  readonly agreement: AgreementContext;
}

/** A kind of document the add-on makes. */
export type DocumentKind = keyof DocumentContexts;
