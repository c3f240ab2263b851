// Installs the report's running print footer (confidential note, page n of N) in the page's language while the report is open.
import { printFooterCss } from '../../../shared/review/report-print-css';
import { t } from '../../common/i18n';

/** Adds the footer rules to the document head; returns their removal (another tab prints without them). */
export function installPrintFooter(groupName: string): () => void {
  const tt = t().reviewReport.footer;
  const style = document.createElement('style');
  style.dataset.reportPrint = '';
  style.textContent = printFooterCss(`${groupName} · ${tt.confidential}`, tt.pageOf);
  document.head.append(style);
  return () => style.remove();
}
