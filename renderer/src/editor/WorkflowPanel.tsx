import type { ApiError } from '../../../core/api/api-error';
import type { Article, ArticleStatus } from '../../../core/article/article-schema';
import { statusMoves } from '../../../core/workflow/status-moves';
import { fieldDirection } from '../../../core/text/field-direction';
import { ErrorMessage } from '../app/ErrorMessage';
import { useFormatDate } from '../i18n/date-style-context';
import { useText } from '../i18n/text-context';
import { firstClickOnly } from '../app/first-click-only';

interface WorkflowPanelProps {
  readonly status: ArticleStatus;
  readonly statusHistory: Article['statusHistory'];
  readonly assignee: string;
  readonly desk: readonly string[];
  readonly reopened: boolean;
  readonly statusError?: ApiError;
  readonly readOnly: boolean;
  readonly onMove: (status: ArticleStatus) => void;
  readonly onAssign: (assignee: string) => void;
  readonly onDismissReopened: () => void;
}

/** The article's place in the workflow: its status, the moves allowed from it, who has it, and who moved it when. */
export function WorkflowPanel({ status, statusHistory, assignee, desk, reopened, statusError, readOnly, onMove, onAssign, onDismissReopened }: WorkflowPanelProps) {
  const text = useText();
  const workflow = text.workflow;
  const formatDate = useFormatDate();
  const people = [...new Set([...desk, ...(assignee ? [assignee] : [])])];
  return (
    <section className="workflow-panel" aria-label={workflow.title}>
      <p className="workflow-status">
        {text.metadata.status}: <strong className={`status-badge status-badge--${status}`} data-status={status}>{text.status[status]}</strong>
      </p>
      {reopened && (
        <p className="banner banner--warning workflow-reopened" role="status">
          {workflow.reopened}{' '}
          <button type="button" className="link-button" onClick={onDismissReopened}>{text.dismiss}</button>
        </p>
      )}
      {!readOnly && (
        <div className="workflow-moves" role="group" aria-label={workflow.title}>
          {statusMoves[status].map((target) => (
            <button key={target} type="button" className={target === 'approved' || target === 'in-review' ? 'button button--primary' : 'button'} onClick={firstClickOnly(() => onMove(target))}>
              {workflow.moveTo[target]}
            </button>
          ))}
        </div>
      )}
      {statusError && <p role="alert" className="field-error"><ErrorMessage error={statusError} /></p>}
      <label className="field">
        <span>{workflow.assignee}</span>
        <select value={assignee} disabled={readOnly} onChange={(event) => onAssign(event.target.value)}>
          <option value="">{workflow.unassigned}</option>
          {people.map((person) => <option key={person} value={person} dir={fieldDirection(person, text.direction)}>{person}</option>)}
        </select>
        {desk.length === 0 && <small className="muted">{workflow.addDeskHint}</small>}
      </label>
      <details className="workflow-history">
        <summary>{workflow.history} ({statusHistory.length})</summary>
        {statusHistory.length === 0 ? (
          <p className="muted">{workflow.noHistory}</p>
        ) : (
          <ol>
            {[...statusHistory].reverse().map((change) => (
              <li key={`${change.at}-${change.status}`}>
                <bdi>{workflow.change(text.status[change.status], change.by, formatDate(change.at, 'date-time'))}</bdi>
                {change.reason === 'edited' && <small className="muted"> ({workflow.edited})</small>}
              </li>
            ))}
          </ol>
        )}
      </details>
    </section>
  );
}
