import { CREDIT_NOTE_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.getCloud(CREDIT_NOTE_CHILDREN);
