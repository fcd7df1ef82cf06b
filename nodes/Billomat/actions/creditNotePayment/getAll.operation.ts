import { CREDIT_NOTE_CHILDREN, payment } from '../documentChild';

export const { description, execute } = payment.getAll(CREDIT_NOTE_CHILDREN);
