import { INCOMING_CHILDREN, payment } from '../documentChild';

export const { description, execute } = payment.create(INCOMING_CHILDREN);
