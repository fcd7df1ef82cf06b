import { CREDIT_NOTE_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.create(CREDIT_NOTE_CHILDREN);
