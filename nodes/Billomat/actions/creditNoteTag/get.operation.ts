import { CREDIT_NOTE_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.get(CREDIT_NOTE_CHILDREN);
