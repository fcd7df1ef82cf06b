import { CREDIT_NOTE_CHILDREN, payment } from '../documentChild';

export const { description, execute } = payment.del(CREDIT_NOTE_CHILDREN);
