/** Who is running the action, for the journal. */
export interface CurrentUser {
  /** The person's email, or '' when the platform hides it. */
  email(): string;
}
