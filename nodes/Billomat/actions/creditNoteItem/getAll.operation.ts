import { CREDIT_NOTE_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.getAll(CREDIT_NOTE_CHILDREN);
