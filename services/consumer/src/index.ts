export { createConsumerService, type ConsumerService, type ConsumerServiceOptions } from './app';
export { consumerSchema, consumers, paymentCards } from './db/schema';
export { demoCustomers } from './seed/demo-customers';
