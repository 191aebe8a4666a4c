import type { ReactNode } from 'react';
import { Button, Modal } from '@strapi/design-system';

/**
 * A modal with a title, a body and an optional footer; closing it (Escape, outside click) calls
 * onClose. With `cancelLabel` the footer opens with a cancel button that closes the modal.
 */
export function ModalFrame({
  open,
  onClose,
  title,
  cancelLabel,
  footer,
  children,
  'data-testid': testId,
}: {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  cancelLabel?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
  'data-testid'?: string;
}) {
  return (
    <Modal.Root open={open} onOpenChange={(o: boolean) => !o && onClose()}>
      <Modal.Content data-testid={testId}>
        <Modal.Header>
          <Modal.Title>{title}</Modal.Title>
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
        {footer || cancelLabel ? (
          <Modal.Footer>
            {cancelLabel ? (
              <Modal.Close>
                <Button variant="tertiary">{cancelLabel}</Button>
              </Modal.Close>
            ) : null}
            {footer}
          </Modal.Footer>
        ) : null}
      </Modal.Content>
    </Modal.Root>
  );
}
