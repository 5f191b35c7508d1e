/** Job queues and task slugs. */
export const JOB_QUEUES = { workflow: 'workflow', notifications: 'notifications', feeds: 'feeds' } as const
export const TASKS = { publishDueReports: 'publishDueReports', sendNotification: 'sendNotification', pingWebSub: 'pingWebSub' } as const
