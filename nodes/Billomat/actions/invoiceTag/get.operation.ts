import { INVOICE_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.get(INVOICE_CHILDREN);
