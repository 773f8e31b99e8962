/** Parsers of the EU DSA harmonised transparency-report template (Implementing Regulation (EU) 2024/2835). */
export { parseDsaComplaints } from './dsa-complaints.ts';
export { parseDsaOrders } from './dsa-orders.ts';
