import { useTranslate } from 'react-admin';
import { useHoursFieldLabel } from '../hours/hoursText';

/** The name of a refused field in the save notification: a range of the ticket hours by its weekday ("Selasa, rentang 1"). */
export function useQueueFieldLabel(): (apiField: string) => string {
  const translate = useTranslate();
  const hoursLabel = useHoursFieldLabel();
  return (apiField) => hoursLabel(apiField) ?? translate(`resources.queues.fields.${apiField.split('.')[0]}`, { _: apiField });
}
