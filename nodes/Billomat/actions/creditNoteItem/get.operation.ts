import { CREDIT_NOTE_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.get(CREDIT_NOTE_CHILDREN);
