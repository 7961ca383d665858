import { useNotifications } from './useNotifications';

export function Toasts() {
  const { toasts, dismiss } = useNotifications();
  return (
    <section className="shell-toasts" aria-label="Notifications" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`shell-toast shell-toast-${toast.tone}`}>
          <p className="shell-toast-message">{toast.message}</p>
          <button type="button" className="shell-toast-dismiss" aria-label="Dismiss notification" onClick={() => dismiss(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </section>
  );
}
