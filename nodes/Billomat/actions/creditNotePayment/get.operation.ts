import { CREDIT_NOTE_CHILDREN, payment } from '../documentChild';

export const { description, execute } = payment.get(CREDIT_NOTE_CHILDREN);
