import { CREDIT_NOTE_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.create(CREDIT_NOTE_CHILDREN);
