import { useTranslate } from 'react-admin';

/** A time of the ticket hours by its API path: its weekday and range ("Selasa, rentang 1"). */
const HOURS_PATH = /^ticketHours\.days\.(\d)\.ranges\.(\d+)/;

/** The name of a refused field in the save notification, since a range may be far down the form. */
export function useQueueFieldLabel(): (apiField: string) => string {
  const translate = useTranslate();
  return (apiField) => {
    const hours = HOURS_PATH.exec(apiField);
    if (hours) return translate('mpp.queues.hours.range', { day: translate(`mpp.queues.weekday.${Number(hours[1]) + 1}`), number: Number(hours[2]) + 1 });
    return translate(`resources.queues.fields.${apiField.split('.')[0]}`, { _: apiField });
  };
}
