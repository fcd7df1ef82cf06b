import { INVOICE_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.getAll(INVOICE_CHILDREN);
