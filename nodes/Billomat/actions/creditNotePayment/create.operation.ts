import { CREDIT_NOTE_CHILDREN, payment } from '../documentChild';

export const { description, execute } = payment.create(CREDIT_NOTE_CHILDREN);
