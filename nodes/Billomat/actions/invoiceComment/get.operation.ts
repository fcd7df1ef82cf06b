import { INVOICE_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.get(INVOICE_CHILDREN);
