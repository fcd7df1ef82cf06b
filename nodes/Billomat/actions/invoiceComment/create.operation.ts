import { INVOICE_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.create(INVOICE_CHILDREN);
