import { CREDIT_NOTE_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.getAll(CREDIT_NOTE_CHILDREN);
