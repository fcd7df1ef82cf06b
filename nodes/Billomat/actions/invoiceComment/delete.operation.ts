import { INVOICE_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.del(INVOICE_CHILDREN);
