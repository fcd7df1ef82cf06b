import { INVOICE_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.getAll(INVOICE_CHILDREN);
