import { CREDIT_NOTE_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.del(CREDIT_NOTE_CHILDREN);
