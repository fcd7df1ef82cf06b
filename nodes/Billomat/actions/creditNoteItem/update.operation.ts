import { CREDIT_NOTE_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.update(CREDIT_NOTE_CHILDREN);
