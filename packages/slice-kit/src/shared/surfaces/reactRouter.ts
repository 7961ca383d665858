// The part of react-router the shell provides to slices (see ../sharedLibraries.ts). A new name here
// reaches slices only once the shell is rebuilt and deployed, so deploy the shell first.
export { BrowserRouter, Link, NavLink, Navigate, Route, Routes, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
