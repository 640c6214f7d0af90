import { Heading } from '@digdir/designsystemet-react';

export default function SteeringDesk() {
  return (
    <Heading level={1} data-size="lg">
      Styrgruppen
    </Heading>
  );
}
