/** audit.list / audit.history: the audit log, for admins only (it names accounts and carries content URLs). */
import { AuditHistoryInput, AuditListInput } from '../../shared/audit.ts';
import { listAudit, recordHistory } from '../services/audit-read.ts';
import { roleProcedure, router } from '../trpc.ts';

const admins = roleProcedure(['admin']);

export const auditRouter = router({
  list: admins.input(AuditListInput).query(({ ctx, input }) => listAudit(ctx.db, input)),
  history: admins.input(AuditHistoryInput).query(({ ctx, input }) => recordHistory(ctx.db, input)),
});
