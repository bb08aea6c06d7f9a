export default function PortalPage() {
  return (
    <section>
      <h1>Portal</h1>
      <p>Your appointments appear here.</p>
    </section>
  );
}
