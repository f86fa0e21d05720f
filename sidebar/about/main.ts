import '../common/base.css';
import './style.css';
import { failureText, host, serverFunctions } from '../common/server';

const byId = (id: string): HTMLElement => document.getElementById(id) as HTMLElement;

async function load(): Promise<void> {
  const status = byId('status');
  try {
    const info = await serverFunctions.loadAboutSidebar();
    // textContent, never innerHTML: the workbook name is a person's text.
    byId('version').textContent = info.version;
    byId('workbook').textContent = info.workbook;
    byId('summary').textContent = info.summary;
    byId('details').hidden = false;
    status.textContent = '';
  } catch (error) {
    status.textContent = failureText(error);
    status.className = 'error';
  }
}

byId('close').addEventListener('click', () => host.close());
void load();
