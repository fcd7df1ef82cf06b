import { CREDIT_NOTE_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.del(CREDIT_NOTE_CHILDREN);
