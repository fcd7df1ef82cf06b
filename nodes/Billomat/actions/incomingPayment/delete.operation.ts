import { INCOMING_CHILDREN, payment } from '../documentChild';

export const { description, execute } = payment.del(INCOMING_CHILDREN);
