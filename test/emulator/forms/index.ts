import type { ServiceModule } from '../core/module';
import type { Workspace } from '../workspace';

/** Placeholder until this area is written: provides no globals, so any use fails loudly. */
export class FormsModule implements ServiceModule<Record<string, never>> {
  constructor(readonly ws: Workspace) {}

  globals(): Record<string, unknown> {
    return {};
  }

  snapshot(): Record<string, never> {
    return {};
  }

  restore(): void {}
}
