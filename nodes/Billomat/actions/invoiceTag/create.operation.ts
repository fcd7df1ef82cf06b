import { INVOICE_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.create(INVOICE_CHILDREN);
