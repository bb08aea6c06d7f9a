import { getServerAuthSession } from "@/server/authViews";

export const dynamic = "force-dynamic";

export default async function DashboardPage() {
  const session = await getServerAuthSession();
  return (
    <section>
      <h1>Dashboard</h1>
      <p>Signed in as {session?.user?.email ?? "nobody"}.</p>
      {session && <p>Your session lasts until {new Date(session.expires).toUTCString()} unless you stay active.</p>}
    </section>
  );
}
