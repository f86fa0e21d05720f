/** The time, passed in so the core never reads the clock itself. */
export interface Clock {
  /** The current instant. */
  now(): Date;
}
