import { INCOMING_CHILDREN, payment } from '../documentChild';

export const { description, execute } = payment.get(INCOMING_CHILDREN);
